using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Learning.Training;
using RadAudit.Reporting.Html;

namespace RadAudit.Audit.Steps;

/// <summary>
/// The report's gallery: the same valid images side by side for every condition (first seed): the input as that
/// condition's model saw it (masked, at the original resolution), its Grad-CAM overlay, and the label boxes.
/// </summary>
public static class Gallery
{
    /// <summary>Builds up to <paramref name="count"/> gallery rows from the saliency sample.</summary>
    public static IReadOnlyList<GalleryImage> Build(IReadOnlyList<ImageRecord> sample, ImageDataSet data, BoxIndex boxes,
        IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition, AuditRunFolder run, int count)
    {
        var rows = new List<GalleryImage>();
        foreach (ImageRecord record in sample.Take(count))
        {
            GrayImage original = ImageCodec.Decode(data.ResolvePath(record));
            var panels = new List<GalleryPanel>();
            foreach (var (condition, runs) in byCondition)
            {
                ConditionEvaluation first = runs[0];
                var hook = ConditionData.MaskingHook(Condition.Parse(condition), boxes, first.Job.Seed);
                GrayImage input = hook is null ? original : hook(record, original.Clone());
                string overlay = Path.Combine(CompletedJob.SaliencyFolder(run.JobFolder(first.Job)), "overlays",
                    Path.ChangeExtension(record.Path, ".png"));
                double? score = first.Predictions.FirstOrDefault(p => p.Path == record.Path)?.Score;
                panels.Add(new GalleryPanel(condition, ImageCodec.EncodeGrayPng(input),
                    File.Exists(overlay) ? File.ReadAllBytes(overlay) : null, boxes.For(record.Path), score));
            }
            rows.Add(new GalleryImage(record.Path, record.Label, record.BodyPart, panels));
        }
        return rows;
    }
}
