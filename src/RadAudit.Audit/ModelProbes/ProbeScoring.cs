using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Scores images with any <see cref="IScoringModel"/>: the loader decodes, applies the probe's edit to the original
/// image (a hook, as training's masking), letterboxes to the model's side and hands [0, 1] pixels over; the model's own
/// input (channels, normalisation) is made from them (<see cref="ModelInput.Prepare"/>).
/// </summary>
public static class ProbeScoring
{
    /// <summary>Loader settings for <paramref name="model"/>: its side, no augmentation, [0, 1] pixels.</summary>
    public static LoaderOptions Loader(IScoringModel model, ModelProbeSettings settings, Func<ImageRecord, GrayImage, GrayImage>? edit) => new()
    {
        ImageSize = model.Input.Size,
        BatchSize = settings.BatchSize,
        Workers = settings.Workers,
        Preprocess = edit,
        Normalization = PixelNormalization.Identity,
    };

    /// <summary>The logits of every image of <paramref name="data"/> after <paramref name="edit"/> (null: as given).</summary>
    public static ScoredImages Score(IScoringModel model, ImageDataSet data, Func<ImageRecord, GrayImage, GrayImage>? edit,
        ModelProbeSettings settings, IProgress<ProgressReport>? progress, string stage, CancellationToken cancellation)
    {
        var loader = new ImageBatchLoader(data, Loader(model, settings, edit));
        var records = new List<ImageRecord>(data.Records.Count);
        var logits = new float[data.Records.Count];
        foreach (ImageBatch batch in loader.Epoch(0, cancellation))
        {
            float[] scored = model.Score(model.Input.Prepare(batch.Pixels, batch.Count), batch.Count);
            scored.CopyTo(logits, records.Count);
            records.AddRange(batch.Records);
            progress?.Report(new ProgressReport(stage, records.Count, data.Records.Count));
        }
        return new ScoredImages(records, logits);
    }

    /// <summary>The logit of an all-black input (what labels-only makes of an image without labels).</summary>
    public static float BlankLogit(IScoringModel model) =>
        model.Score(model.Input.Prepare(new float[model.Input.Size * model.Input.Size], 1), 1)[0];
}
