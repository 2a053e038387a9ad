using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>Why a box was changed or not used.</summary>
public enum BoxProblemKind
{
    /// <summary>The box reached outside the image and was clipped to it (kept).</summary>
    Clipped,

    /// <summary>The box lies wholly outside the image (not used).</summary>
    OutsideImage,

    /// <summary>The box names an image the data set does not contain (not used).</summary>
    UnknownPath,
}

/// <summary>One reported box: what it was, what happened, and why.</summary>
/// <param name="Original">The box as read.</param>
/// <param name="Kind">What was wrong.</param>
/// <param name="Result">The box as used (the clipped box), or null when it was not used.</param>
public sealed record BoxProblem(LabelBox Original, BoxProblemKind Kind, LabelBox? Result);
