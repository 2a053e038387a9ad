namespace RadAudit.Reporting.Verdict;

/// <summary>The audit's overall answer, which colours the report's verdict box.</summary>
public enum ShortcutFinding
{
    /// <summary>The labels-only model was not run (or its interval is unknown): nothing is claimed.</summary>
    NotTested,

    /// <summary>The labels-only AUC's 95% CI contains 0.5: no shortcut through the labels is detectable.</summary>
    NotDetected,

    /// <summary>The labels-only AUC's 95% CI excludes 0.5: the labels carry diagnostic information.</summary>
    Detected,
}
