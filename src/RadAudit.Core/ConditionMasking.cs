namespace RadAudit.Core;

/// <summary>What a <see cref="Condition"/> does to an image's burned-in labels before the model sees it.</summary>
public enum ConditionMasking
{
    /// <summary>Nothing: anatomy and labels as acquired.</summary>
    None,

    /// <summary>Each label box plus a margin filled (black as published).</summary>
    CoverLabels,

    /// <summary>Everything outside the label boxes black.</summary>
    KeepOnlyLabels,

    /// <summary>Boxes of the label boxes' sizes filled at random places that miss every label.</summary>
    CoverRandomRegions,

    /// <summary>Everything black but the label boxes, filled uniformly: where and how large the labels are, nothing
    /// of what is written in them or of what lies under them.</summary>
    KeepLabelGeometry,
}
