using RadAudit.Imaging;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Draws one image with realistic markers (issue #17): the default anatomy and exposure, then mimics, a rotated or
/// oblique collimation field with dark-grey outside and bright edges, a marker that may be dim, cut or crowded with
/// text, noise, and the export's window and gamma.
/// </summary>
/// <remarks>
/// Anatomy, finding, exposure and noise come from the image's default stream (seed, index), so they are the default
/// generator's apart from the axis-aligned field; everything realistic comes from two more streams per image, one
/// for the scene (mimics, field, window) and one for the marker, so an image drawn without its marker is otherwise
/// identical. That twin is drawn too, to drop the elements that left no visible ink (<see cref="VisibleElements"/>).
/// </remarks>
public static class RealisticRadiographRenderer
{
    /// <summary>Renders <paramref name="plan"/> with <paramref name="realism"/>.</summary>
    public static RenderedRadiograph Render(ImagePlan plan, SynthesisOptions options, MarkerRealism realism, bool drawMarkers = true)
    {
        var random = new DeterministicRandom(options.Seed, plan.Index);
        var scene = new DeterministicRandom(options.Seed, SceneStream(plan.Index));
        var marker = new DeterministicRandom(options.Seed, SceneStream(plan.Index) - 1);
        var mimics = new List<MimicElement>();
        List<Capsule> metal = [];
        GrayImage image = RadiographRenderer.ExposeAnatomy(plan, options, random, collimate: false, addToScene: anatomy =>
        {
            mimics.AddRange(SceneMimics.Plant(anatomy, realism, scene));
            metal = SceneMimics.Metal(anatomy);
        });
        SceneMimics.BurnMetal(image, metal, (float)scene.Range(0.9, 1.0));
        float anatomyTop = BrightnessPercentile.Of(image, 0.999);
        CollimationField field = CollimationField.Draw(image.Width, image.Height, realism, scene);
        mimics.AddRange(ImageMimics.Draw(image, realism, scene));
        IReadOnlyList<MarkerElement> markers = drawMarkers && !marker.Chance(realism.NoMarkerChance)
            ? RealisticMarkerRenderer.Draw(image, plan.Technologist, plan.Laterality, realism, field, anatomyTop, marker)
            : [];
        field.Apply(image);
        ExposureModel.AddNoise(image, random);
        ExportWindow.Apply(image, realism, anatomyTop, scene);
        if (markers.Count > 0) markers = VisibleElements.Keep(image, Render(plan, options, realism, drawMarkers: false).Image, markers);
        return new RenderedRadiograph(image, markers) { Mimics = mimics };
    }

    /// <summary>The scene stream of image <paramref name="index"/>: negative and below the roster's (−1) and the
    /// planner's (−2), so it never meets another stream; the marker's is the next one down.</summary>
    private static long SceneStream(int index) => -3L - 2L * index;
}
