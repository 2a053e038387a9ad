using RadAudit.Learning.Markers;

namespace RadAudit.Audit.Steps;

/// <summary>Which label detector finds the boxes when none are given: a name of <see cref="LabelDetectors"/> and,
/// for the learned one, an optional weights file (null: the shipped weights).</summary>
public sealed record LabelDetectorChoice(string Name, string? Weights)
{
    /// <summary>The default detector with its shipped weights.</summary>
    public static LabelDetectorChoice Default { get; } = new(LabelDetectors.Default, null);

    /// <summary>"learned label detector (…)" as results.json and the fingerprint name it.</summary>
    public string Description => LabelDetectors.Describe(Name, Weights);
}
