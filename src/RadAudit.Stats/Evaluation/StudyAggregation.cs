namespace RadAudit.Stats.Evaluation;

/// <summary>How image scores become a study score.</summary>
public enum StudyAggregation
{
    /// <summary>Arithmetic mean of the study's image scores: MURA's rule (Rajpurkar et al. 2017).</summary>
    Mean,

    /// <summary>Highest image score: a study is as abnormal as its most abnormal image.</summary>
    Max,
}
