using RadAudit.Imaging;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Realism;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests.Realism;

/// <summary>Images drawn with one realism, each with and without its marker (identical otherwise).</summary>
internal static class RealismRenders
{
    /// <summary>Every planned image of <paramref name="studies"/> studies at <paramref name="maxSize"/> px.</summary>
    public static List<(ImagePlan Plan, RenderedRadiograph Marked, GrayImage Plain)> Draw(MarkerRealism realism, int studies = 12,
        int maxSize = 192, long seed = 23)
    {
        var options = SyntheticDataSets.Tiny(seed) with { TrainStudies = studies, ValidStudies = 0, MaxSize = maxSize, MarkerRealism = realism };
        return StudyPlanner.Plan(options, TechnologistRoster.Create(seed))
            .Select(plan => (plan, RadiographRenderer.Render(plan, options), RadiographRenderer.Render(plan, options, drawMarkers: false).Image))
            .ToList();
    }

    /// <summary>A realism with nothing switched on but what <paramref name="change"/> sets.</summary>
    public static MarkerRealism Only(Func<MarkerRealism, MarkerRealism> change) => change(new MarkerRealism());

    /// <summary>Pixels inside <paramref name="element"/>'s box that the marker brightened by more than <paramref name="by"/>.</summary>
    public static List<float> Ink(RenderedRadiograph marked, GrayImage plain, MarkerElement element, float by = 0.1f)
    {
        var values = new List<float>();
        for (int y = element.Bounds.Top; y < element.Bounds.Bottom; y++)
            for (int x = element.Bounds.Left; x < element.Bounds.Right; x++)
                if (marked.Image[x, y] - plain[x, y] > by) values.Add(marked.Image[x, y]);
        return values;
    }

    /// <summary>The pixels of <paramref name="plain"/> inside <paramref name="element"/>'s box (what the marker covers).</summary>
    public static List<float> Under(GrayImage plain, MarkerElement element)
    {
        var values = new List<float>();
        for (int y = element.Bounds.Top; y < element.Bounds.Bottom; y++)
            for (int x = element.Bounds.Left; x < element.Bounds.Right; x++)
                values.Add(plain[x, y]);
        return values;
    }

    /// <summary>The <paramref name="fraction"/> quantile of <paramref name="values"/>.</summary>
    public static float Quantile(IReadOnlyList<float> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Round(fraction * (sorted.Count - 1)), 0, sorted.Count - 1)];
    }

    /// <summary>Whether (x, y) lies in any of the markers' boxes.</summary>
    public static bool InAnyBox(RenderedRadiograph marked, int x, int y) =>
        marked.Markers.Any(m => x >= m.Bounds.Left && x < m.Bounds.Right && y >= m.Bounds.Top && y < m.Bounds.Bottom);
}
