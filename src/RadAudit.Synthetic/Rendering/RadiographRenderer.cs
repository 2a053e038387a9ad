using System.Buffers;
using RadAudit.Imaging;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Realism;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Draws one planned image. All randomness comes from a stream seeded by (data-set seed, image index), so an
/// image does not depend on which thread draws it or on any other image.
/// </summary>
public static class RadiographRenderer
{
    /// <summary>Renders <paramref name="plan"/>; <paramref name="drawMarkers"/> = false leaves out the marker (and its
    /// clearance), otherwise the same image.</summary>
    /// <remarks>With <see cref="SynthesisOptions.MarkerRealism"/> set, <see cref="RealisticRadiographRenderer"/> draws it.</remarks>
    public static RenderedRadiograph Render(ImagePlan plan, SynthesisOptions options, bool drawMarkers = true)
    {
        if (options.MarkerRealism is { } realism) return RealisticRadiographRenderer.Render(plan, options, realism, drawMarkers);
        var random = new DeterministicRandom(options.Seed, plan.Index);
        // The marker has its own stream so that laying it out, or not, changes no other draw.
        var markerRandom = new DeterministicRandom((long)random.NextBits());
        MarkerLayout? marker = null;
        GrayImage image = ExposeAnatomy(plan, options, random, collimate: true, addToScene: null, clearance: (width, height) =>
        {
            marker = drawMarkers ? MarkerRenderer.Lay(width, height, plan.Technologist, plan.Laterality, markerRandom) : null;
            return marker?.Plate;
        });
        IReadOnlyList<MarkerElement> markers = marker is null ? [] : MarkerRenderer.Draw(image, marker);
        ExposureModel.AddNoise(image, random);
        return new RenderedRadiograph(image, markers);
    }

    /// <summary>
    /// The exposed, blurred anatomy of <paramref name="plan"/> with its finding, before marker and noise;
    /// <paramref name="addToScene"/> may add objects (realism's mimics) before rasterizing, from its own stream;
    /// <paramref name="clearance"/>, given the image's size, names the marker plate under which no anatomy is exposed
    /// (<see cref="MarkerClearance"/>; the default marker, laid out from its own stream).
    /// </summary>
    internal static GrayImage ExposeAnatomy(ImagePlan plan, SynthesisOptions options, DeterministicRandom random, bool collimate,
        Action<AnatomyScene>? addToScene, Func<int, int, MarkerPlate?>? clearance = null)
    {
        var (width, height) = BodyPartViews.DrawSize(plan.BodyPart, random, options.MaxSize);
        MarkerPlate? plate = clearance?.Invoke(width, height);
        AnatomyScene scene = BodyPartViews.Compose(plan.BodyPart, random, width, height, mirrored: plan.Laterality == 'L');
        DifficultyModel.Apply(scene, plan.Label, plan.Finding, options.Difficulty, random);
        addToScene?.Invoke(scene);
        var texture = new TrabecularTexture(width, height, random);
        // The density map lives only until exposure: a pooled buffer spares a large-object allocation per image.
        float[] density = ArrayPool<float>.Shared.Rent(width * height);
        var image = new GrayImage(width, height);
        try
        {
            DensityRasterizer.Rasterize(scene, texture, density);
            if (plate is not null) MarkerClearance.Clear(density, width, height, plate);
            ExposureModel.Expose(image, density, random, collimate);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(density);
        }
        return image;
    }
}
