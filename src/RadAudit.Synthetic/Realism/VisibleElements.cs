using RadAudit.Imaging;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Keeps only the marker elements that can be seen in the finished image. A realistic letter can vanish: over bone
/// that the export window saturates, or under a field edge, it adds nothing visible, and a box around nothing would
/// make every detector look worse than it is.
/// </summary>
internal static class VisibleElements
{
    /// <summary>Brightness change that counts as visible ink (about 20 grey levels).</summary>
    public const float InkStep = 0.08f;

    /// <summary>
    /// The elements of <paramref name="elements"/> with at least 4 pixels, and 3 % of their box, changed by
    /// <see cref="InkStep"/> or more between <paramref name="marked"/> and the same image drawn without the marker.
    /// </summary>
    public static IReadOnlyList<MarkerElement> Keep(GrayImage marked, GrayImage plain, IReadOnlyList<MarkerElement> elements) =>
        elements.Where(element => VisibleInk(marked, plain, element) >= Math.Max(4, 0.03 * Area(element))).ToList();

    private static int Area(MarkerElement element) =>
        (element.Bounds.Right - element.Bounds.Left) * (element.Bounds.Bottom - element.Bounds.Top);

    private static int VisibleInk(GrayImage marked, GrayImage plain, MarkerElement element)
    {
        int count = 0;
        for (int y = element.Bounds.Top; y < element.Bounds.Bottom; y++)
            for (int x = element.Bounds.Left; x < element.Bounds.Right; x++)
                if (marked[x, y] - plain[x, y] >= InkStep) count++;
        return count;
    }
}
