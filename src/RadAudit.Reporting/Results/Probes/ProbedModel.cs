namespace RadAudit.Reporting.Results.Probes;

/// <summary>The model a probe ran on (<c>model</c>).</summary>
/// <param name="Kind"><c>run</c> (a RadAudit run folder, or an audit's job), <c>state-dict</c> or <c>onnx</c>.</param>
/// <param name="Path">Where it was read from.</param>
/// <param name="Architecture">Registered architecture, or what the ONNX file says of itself.</param>
/// <param name="Head">How the abnormality logit is read: <c>logit</c> or <c>softmax2</c> (l₁ − l₀).</param>
/// <param name="ImageSize">Input side in pixels.</param>
/// <param name="Channels">Input channels.</param>
/// <param name="Normalisation">Pixel normalisation (a name or MEAN/STD).</param>
/// <param name="Runtime">What computed it.</param>
/// <param name="Gradients">Whether gradient saliency and weight randomisation were possible.</param>
/// <param name="Notes">What was detected or assumed rather than stated.</param>
public sealed record ProbedModel(
    string Kind,
    string Path,
    string Architecture,
    string Head,
    int ImageSize,
    int Channels,
    string Normalisation,
    string Runtime,
    bool Gradients,
    IReadOnlyList<string> Notes);
