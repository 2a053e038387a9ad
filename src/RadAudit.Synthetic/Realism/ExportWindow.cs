using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// The window and gamma a PACS export applies: v ← clamp((v − low) / (high − low), 0, 1)^γ. A high end above 1
/// turns saturated lead mid-grey; a high end at the bone's brightness saturates bone, so letters are no longer the
/// only white thing (shared/reference/real-markers.md).
/// </summary>
internal static class ExportWindow
{
    /// <summary>Applies the window the realism draws (possibly none).</summary>
    /// <param name="image"></param>
    /// <param name="realism"></param>
    /// <param name="anatomyTop">The anatomy's 99.9th-percentile brightness (before markers and field).</param>
    /// <param name="random"></param>
    public static void Apply(GrayImage image, MarkerRealism realism, float anatomyTop, DeterministicRandom random)
    {
        bool brightBone = random.Chance(realism.BrightBoneChance), windowed = random.Chance(realism.WindowChance);
        double low = random.Range(0, 0.08), high = random.Range(0.85, 1.35), gamma = random.Range(0.7, 1.5);
        if (brightBone) (high, gamma) = (anatomyTop * random.Range(0.85, 1.0), random.Range(0.8, 1.2));
        else if (!windowed) return;
        float lowValue = (float)low, scale = 1f / (float)Math.Max(high - low, 0.05), power = (float)gamma;
        float[] pixels = image.Pixels;
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = MathF.Pow(Math.Clamp((pixels[i] - lowValue) * scale, 0f, 1f), power);
    }
}
