namespace RadAudit.Core.Scoring;

/// <summary>What a <see cref="IScoringModel"/> is (results.json's <c>model</c>).</summary>
/// <param name="Kind">How it was given: <c>run</c> (a RadAudit run folder), <c>state-dict</c> or <c>onnx</c>.</param>
/// <param name="Path">The folder or file it was read from.</param>
/// <param name="Architecture">The registered architecture, or the ONNX graph's name when that is all that is known.</param>
/// <param name="Head">How the logit is read from the outputs (<see cref="ClassifierHeads"/>).</param>
/// <param name="Runtime">What computes it (TorchSharp/libtorch or ONNX Runtime, with versions).</param>
/// <param name="Gradients">Whether the model offers gradients (Grad-CAM and the randomisation check need them).</param>
public sealed record ScoringModelInfo(string Kind, string Path, string Architecture, string Head, string Runtime, bool Gradients)
{
    /// <summary>What was assumed or detected rather than stated (e.g. "head softmax2 detected from the output width").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
