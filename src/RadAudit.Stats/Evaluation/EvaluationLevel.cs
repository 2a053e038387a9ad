namespace RadAudit.Stats.Evaluation;

/// <summary>The unit a metric counts: one image, or one study (MURA's unit of diagnosis).</summary>
public enum EvaluationLevel
{
    /// <summary>Every labelled image counts once.</summary>
    Image,

    /// <summary>Images are first aggregated per study (see <see cref="StudyAggregation"/>).</summary>
    Study,
}
