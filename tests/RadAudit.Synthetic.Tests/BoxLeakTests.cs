using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

/// <summary>
/// Issue #21: at confounding 0 nothing inside a label box may carry the class. Each abnormal image is rendered beside
/// its normal twin (same plan, same draws, only the finding differs); the box pixels must be the same bytes, so no
/// statistic of them (mean, percentiles, ink fraction) can tell the two apart. The technologist, which decides what
/// the labels look like, is drawn independently of the class at confounding 0 (ConfoundingTests).
/// </summary>
public sealed class BoxLeakTests
{
    [Fact]
    public void Should_give_an_abnormal_image_and_its_normal_twin_identical_pixels_in_every_label_box()
    {
        // Given abnormal images of every body part at the demo's size and difficulty, findings conspicuous and frequent
        var options = SyntheticDataSets.Tiny(seed: 21) with { TrainStudies = 200, ValidStudies = 0, MaxSize = 256, Confounding = 0, AbnormalPrevalence = 0.99 };
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed)).Where(plan => plan.Label == 1).Take(300).ToList();
        int boxedPixels = 0, changedOutside = 0, differing = 0;
        foreach (ImagePlan plan in plans)
        {
            // When the image and its twin are rendered
            RenderedRadiograph abnormal = RadiographRenderer.Render(plan, options);
            RenderedRadiograph normal = RadiographRenderer.Render(plan with { Label = 0, Finding = null }, options);
            Assert.Equal(abnormal.Markers, normal.Markers);
            bool Boxed(int x, int y) => abnormal.Markers.Any(m => x >= m.Bounds.Left && x < m.Bounds.Right && y >= m.Bounds.Top && y < m.Bounds.Bottom);
            for (int y = 0; y < abnormal.Image.Height; y++)
                for (int x = 0; x < abnormal.Image.Width; x++)
                {
                    bool same = abnormal.Image[x, y] == normal.Image[x, y];
                    if (Boxed(x, y))
                    {
                        boxedPixels++;
                        if (!same) differing++;
                    }
                    else if (!same) changedOutside++;
                }
        }

        // Then not one boxed pixel differs, while the findings do change the anatomy (the test can fail)
        Assert.True(boxedPixels > 20_000, $"only {boxedPixels} boxed pixels");
        Assert.True(changedOutside > 10_000, $"findings changed only {changedOutside} pixels outside the boxes");
        Assert.Equal(0, differing);
    }
}
