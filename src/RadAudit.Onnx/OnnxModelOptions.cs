using RadAudit.Core.Scoring;

namespace RadAudit.Onnx;

/// <summary>What the caller says about an ONNX model where the file does not (every value optional).</summary>
/// <param name="Size">Input side in pixels; needed when the graph's height and width are dynamic.</param>
/// <param name="Channels">Input channels (1 or 3); needed when the graph's channel axis is dynamic.</param>
/// <param name="Normalisation">Pixel normalisation; overrides the model's metadata.</param>
/// <param name="Head">logit or softmax2; detected from the output width (1 or 2) when null.</param>
/// <param name="Threads">ONNX Runtime's intra-op threads; 0 uses one per core.</param>
public sealed record OnnxModelOptions(int? Size = null, int? Channels = null, InputNormalisation? Normalisation = null,
    string? Head = null, int Threads = 0);
