using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// The outcome of <see cref="BoxValidator.Validate"/>: every input box is either in <see cref="Usable"/>
/// (possibly clipped) or reported in <see cref="Problems"/> as not used; nothing is dropped silently.
/// </summary>
/// <param name="Usable">Boxes inside their images (clipped ones included, in input order).</param>
/// <param name="Problems">Every clipped, outside or unknown-path box.</param>
/// <param name="InputCount">How many boxes were read.</param>
public sealed record BoxValidationReport(IReadOnlyList<LabelBox> Usable, IReadOnlyList<BoxProblem> Problems, int InputCount)
{
    /// <summary>Boxes clipped to their image (and kept).</summary>
    public int ClippedCount => Problems.Count(problem => problem.Kind == BoxProblemKind.Clipped);

    /// <summary>Boxes not used because they were wholly outside their image.</summary>
    public int OutsideCount => Problems.Count(problem => problem.Kind == BoxProblemKind.OutsideImage);

    /// <summary>Boxes not used because their path is not in the data set.</summary>
    public int UnknownPathCount => Problems.Count(problem => problem.Kind == BoxProblemKind.UnknownPath);

    /// <summary>One line for logs, e.g. "1200 boxes: 1195 used (3 clipped), 2 outside their image, 3 unknown paths".</summary>
    public string Summary() =>
        $"{InputCount} boxes: {Usable.Count} used ({ClippedCount} clipped), {OutsideCount} outside their image, {UnknownPathCount} with unknown paths";
}
