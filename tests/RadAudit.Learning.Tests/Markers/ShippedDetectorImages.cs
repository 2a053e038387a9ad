using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Synthetic;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Realism;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Markers;

/// <summary>Small synthetic images with known labels and known hardware for the shipped detector's known-answer tests.</summary>
internal static class ShippedDetectorImages
{
    /// <summary>The first <paramref name="count"/> images of a 384-px set drawn with <paramref name="realism"/> (null = default markers).</summary>
    public static List<(string Path, GrayImage Image, IReadOnlyList<LabelBox> Labels, IReadOnlyList<LabelBox> Hardware)> Draw(
        int count, MarkerRealism? realism, long seed = 41)
    {
        SynthesisOptions options = SyntheticDataSets.Tiny(seed) with { MaxSize = 384, TrainStudies = count, ValidStudies = 0, MarkerRealism = realism };
        return StudyPlanner.Plan(options, TechnologistRoster.Create(seed)).Take(count).Select(plan =>
        {
            RenderedRadiograph rendered = RadiographRenderer.Render(plan, options);
            IReadOnlyList<LabelBox> labels = rendered.Markers.Select(m => m.Bounds.ToLabelBox(plan.Path, m.Kind)).ToList();
            IReadOnlyList<LabelBox> hardware = rendered.Mimics.Where(m => m.Kind == MimicKinds.Hardware).Select(m => m.Bounds.ToLabelBox(plan.Path, LabelKinds.Other)).ToList();
            return (plan.Path, rendered.Image, labels, hardware);
        }).ToList();
    }
}
