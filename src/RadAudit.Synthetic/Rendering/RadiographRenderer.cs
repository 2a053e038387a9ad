using System.Buffers;
using RadAudit.Imaging;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Draws one planned image. All randomness comes from a stream seeded by (data-set seed, image index), so an
/// image does not depend on which thread draws it or on any other image.
/// </summary>
public static class RadiographRenderer
{
    /// <summary>Renders <paramref name="plan"/>; <paramref name="drawMarkers"/> = false leaves out the marker (and its
    /// clearance), otherwise the same image.</summary>
    public static RenderedRadiograph Render(ImagePlan plan, SynthesisOptions options, bool drawMarkers = true)
    {
        var random = new DeterministicRandom(options.Seed, plan.Index);
        // The marker has its own stream so that laying it out, or not, changes no other draw.
        var markerRandom = new DeterministicRandom((long)random.NextBits());
        var (width, height) = BodyPartViews.DrawSize(plan.BodyPart, random, options.MaxSize);
        MarkerLayout? marker = drawMarkers ? MarkerRenderer.Lay(width, height, plan.Technologist, plan.Laterality, markerRandom) : null;
        AnatomyScene scene = BodyPartViews.Compose(plan.BodyPart, random, width, height, mirrored: plan.Laterality == 'L');
        DifficultyModel.Apply(scene, plan.Label, plan.Finding, options.Difficulty, random);
        var texture = new TrabecularTexture(width, height, random);
        // The density map lives only until exposure: a pooled buffer spares a large-object allocation per image.
        float[] density = ArrayPool<float>.Shared.Rent(width * height);
        var image = new GrayImage(width, height);
        try
        {
            DensityRasterizer.Rasterize(scene, texture, density);
            if (marker is not null) MarkerClearance.Clear(density, width, height, marker.Plate);
            ExposureModel.Expose(image, density, random);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(density);
        }
        IReadOnlyList<MarkerElement> markers = marker is null ? [] : MarkerRenderer.Draw(image, marker);
        ExposureModel.AddNoise(image, random);
        return new RenderedRadiograph(image, markers);
    }
}
