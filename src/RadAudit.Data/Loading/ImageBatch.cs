using RadAudit.Core;
using RadAudit.Imaging.Geometry;

namespace RadAudit.Data.Loading;

/// <summary>
/// A batch ready for a model, with no TorchSharp dependency: <see cref="Pixels"/> is NCHW float32 with one
/// channel (N × 1 × H × W), normalised as docs/data-contract.md says. RadAudit.Learning wraps it in a tensor.
/// </summary>
/// <param name="Pixels">N × 1 × Height × Width values, row-major per image.</param>
/// <param name="Count">N, the number of images.</param>
/// <param name="Height">Input height in pixels.</param>
/// <param name="Width">Input width in pixels.</param>
/// <param name="Labels">N labels: 1 abnormal, 0 normal, NaN unknown.</param>
/// <param name="Weights">N per-sample loss weights (MURA's class weights; 1 when unweighted).</param>
/// <param name="Records">The N source records, in order.</param>
/// <param name="Geometries">How each source image was placed into the input (to map saliency back).</param>
public sealed record ImageBatch(
    float[] Pixels,
    int Count,
    int Height,
    int Width,
    float[] Labels,
    float[] Weights,
    IReadOnlyList<ImageRecord> Records,
    IReadOnlyList<ResizeGeometry> Geometries);
