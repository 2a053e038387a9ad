using RadAudit.Data.Loading;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>Explains a loader's <see cref="ImageBatch"/> and maps each heatmap back to its original image.</summary>
public static class BatchExplainer
{
    /// <summary>
    /// Moves <paramref name="batch"/> to <paramref name="device"/>, runs <paramref name="method"/> for
    /// <paramref name="target"/> and undoes each image's resize/padding with its geometry.
    /// </summary>
    public static IReadOnlyList<ImageSaliency> Explain(SaliencyMethod method, ImageBatch batch, SaliencyTarget target, Device device) =>
        Explain(method, batch, batch.Pixels, 1, target, device);

    /// <summary>
    /// As above, with the model's own input made from the batch: <paramref name="inputs"/> holds N ×
    /// <paramref name="channels"/> × H × W values (e.g. the gray image repeated and normalised per channel).
    /// </summary>
    public static IReadOnlyList<ImageSaliency> Explain(SaliencyMethod method, ImageBatch batch, float[] inputs, int channels,
        SaliencyTarget target, Device device)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(inputs);
        SaliencyBatch maps;
        using (var scope = NewDisposeScope())
        {
            Tensor input = tensor(inputs, [batch.Count, channels, batch.Height, batch.Width]).to(device);
            maps = method.Explain(input, target);
        }
        var results = new List<ImageSaliency>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
            results.Add(new ImageSaliency(batch.Records[i], HeatmapProjection.ToSource(maps.Maps[i], batch.Geometries[i]), maps.Logits[i]));
        return results;
    }
}
