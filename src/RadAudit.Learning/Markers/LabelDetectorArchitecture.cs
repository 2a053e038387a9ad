using RadAudit.Core;

namespace RadAudit.Learning.Markers;

/// <summary>
/// The shape of the label segmenter, stored in its weights file: input side, channel widths of the four encoder
/// levels (strides 2, 4, 8, 16) and the kinds it segments. The output map has stride 2 (one cell per 2 × 2 input
/// pixels).
/// </summary>
/// <param name="InputSize">Side of the square network input; images are letterboxed into it.</param>
/// <param name="Channels">Channels at strides 2, 4, 8 and 16.</param>
/// <param name="Kinds">Label kinds, one output channel each.</param>
public sealed record LabelDetectorArchitecture(int InputSize, IReadOnlyList<int> Channels, IReadOnlyList<string> Kinds)
{
    /// <summary>Input pixels per output cell.</summary>
    public const int OutputStride = 2;

    /// <summary>The shipped detector's shape: 256-px input, 12/24/48/64 channels, laterality, initials and text.</summary>
    public static LabelDetectorArchitecture Default { get; } =
        new(256, [12, 24, 48, 64], [LabelKinds.Laterality, LabelKinds.Initials, LabelKinds.Text]);

    /// <summary>Cells per side of the output map.</summary>
    public int MapSize => InputSize / OutputStride;

    /// <summary>Whether a network input of this side can be built: a multiple of 16 (the coarsest stride) in [32, 2048].</summary>
    public static bool IsUsableInputSize(int side) => side is >= 32 and <= 2048 && side % 16 == 0;

    /// <summary>Throws when the shape cannot be built (a damaged or foreign weights file).</summary>
    public void Validate()
    {
        if (!IsUsableInputSize(InputSize))
            throw new InvalidDataException($"input size {InputSize} must be a multiple of 16 in [32, 2048].");
        if (Channels.Count != 4 || Channels.Any(channels => channels is < 1 or > 1024))
            throw new InvalidDataException("the segmenter needs four channel widths in [1, 1024].");
        if (Kinds.Count == 0 || Kinds.Any(kind => !LabelKinds.All.Contains(kind)))
            throw new InvalidDataException($"kinds must be among {string.Join(", ", LabelKinds.All)}.");
    }
}
