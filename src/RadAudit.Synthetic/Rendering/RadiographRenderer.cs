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
    /// <summary>Renders <paramref name="plan"/>; <paramref name="drawMarkers"/> = false leaves out the marker (for tests).</summary>
    /// <remarks>With <see cref="SynthesisOptions.MarkerRealism"/> set, <see cref="RealisticRadiographRenderer"/> draws it.</remarks>
    public static RenderedRadiograph Render(ImagePlan plan, SynthesisOptions options, bool drawMarkers = true)
    {
        if (options.MarkerRealism is { } realism) return RealisticRadiographRenderer.Render(plan, options, realism, drawMarkers);
        var random = new DeterministicRandom(options.Seed, plan.Index);
        GrayImage image = ExposeAnatomy(plan, options, random, collimate: true, addToScene: null);
        IReadOnlyList<MarkerElement> markers = MarkerRenderer.Draw(image, plan.Technologist, plan.Laterality, random, drawMarkers);
        ExposureModel.AddNoise(image, random);
        return new RenderedRadiograph(image, markers);
    }

    /// <summary>
    /// The exposed, blurred anatomy of <paramref name="plan"/> with its finding, before marker and noise;
    /// <paramref name="addToScene"/> may add objects (realism's mimics) before rasterizing, from its own stream.
    /// </summary>
    internal static GrayImage ExposeAnatomy(ImagePlan plan, SynthesisOptions options, DeterministicRandom random, bool collimate,
        Action<AnatomyScene>? addToScene)
    {
        var (width, height) = BodyPartViews.DrawSize(plan.BodyPart, random, options.MaxSize);
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
            ExposureModel.Expose(image, density, random, collimate);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(density);
        }
        return image;
    }
}
