using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

public sealed class RendererTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Should_render_every_body_part_at_any_difficulty_within_0_and_1(double difficulty)
    {
        // Given abnormal-heavy plans of every body part at this difficulty (findings displaced near edges included)
        var options = SyntheticDataSets.Tiny(seed: 31) with { TrainStudies = 60, ValidStudies = 0, MaxSize = 96, Difficulty = difficulty, AbnormalPrevalence = 0.9 };
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed));

        // When each is rendered
        var parts = new HashSet<string>();
        foreach (ImagePlan plan in plans)
        {
            var image = RadiographRenderer.Render(plan, options).Image;
            parts.Add(plan.BodyPart);

            // Then pixels are finite, in [0, 1], and the image is not blank
            Assert.All(image.Pixels, p => Assert.InRange(p, 0f, 1f));
            Assert.True(image.Pixels.Max() - image.Pixels.Min() > 0.3f, plan.Path);
        }
        Assert.Equal(BodyParts.Mura.Count, parts.Count);
    }

    [Fact]
    public void Should_make_abnormal_images_differ_from_their_normal_twin_only_when_findings_are_visible()
    {
        // Given images planned as abnormal (fracture or hardware) and their normal twins, at difficulty 1 and 0
        var options = SyntheticDataSets.Tiny(seed: 2) with { MaxSize = 128, AbnormalPrevalence = 0.99 };
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed))
            .Where(p => p.Finding is Anatomy.FindingKind.Hardware or Anatomy.FindingKind.Fracture).Take(8).ToList();
        float Difference(ImagePlan plan, double difficulty)
        {
            var o = options with { Difficulty = difficulty };
            var a = RadiographRenderer.Render(plan, o).Image.Pixels;
            var b = RadiographRenderer.Render(plan with { Label = 0, Finding = null }, o).Image.Pixels;
            return a.Zip(b, (x, y) => MathF.Abs(x - y)).Max();
        }

        // When the largest pixel change is measured
        var invisible = plans.Select(p => Difference(p, 1.0)).ToList();
        var obvious = plans.Select(p => Difference(p, 0.0)).ToList();

        // Then at difficulty 1 the twins are identical, and at 0 most findings change the anatomy clearly
        Assert.All(invisible, d => Assert.Equal(0f, d));
        Assert.True(obvious.Count(d => d > 0.2f) >= plans.Count / 2, string.Join(", ", obvious.Select(d => d.ToString("0.00"))));
    }

    [Fact]
    public void Should_keep_most_findings_visible_after_shrinking_to_a_128_px_model_input()
    {
        // Given abnormal images of every body part at the demo's difficulty, and their normal twins
        var options = SyntheticDataSets.Tiny(seed: 9) with { TrainStudies = 40, ValidStudies = 0, MaxSize = 256, Difficulty = 0.2, AbnormalPrevalence = 0.99 };
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed)).Where(p => p.Label == 1).Take(60).ToList();

        // When both are averaged over 2 × 2 blocks (256 → 128 px) and the largest block difference is taken
        static float[] Shrink(GrayImage image)
        {
            int width = image.Width / 2, height = image.Height / 2;
            var shrunk = new float[width * height];
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    int at = 2 * y * image.Width + 2 * x;
                    shrunk[y * width + x] = (image.Pixels[at] + image.Pixels[at + 1] + image.Pixels[at + image.Width] + image.Pixels[at + image.Width + 1]) / 4;
                }
            return shrunk;
        }
        var differences = plans.Select(plan =>
        {
            float[] abnormal = Shrink(RadiographRenderer.Render(plan, options, drawMarkers: false).Image);
            float[] normal = Shrink(RadiographRenderer.Render(plan with { Label = 0, Finding = null }, options, drawMarkers: false).Image);
            return abnormal.Zip(normal, (a, b) => MathF.Abs(a - b)).Max();
        }).ToList();

        // Then at least 70 % of abnormal images change some 128 px pixel by more than 0.1 (26 grey levels): 15 % of
        // views miss the finding by design, so a generator whose findings vanish on resizing fails here
        double visible = differences.Count(d => d > 0.1f) / (double)differences.Count;
        Assert.True(visible >= 0.7, $"{visible:P0} visible: {string.Join(", ", differences.Select(d => d.ToString("0.00")))}");
    }

    [Fact]
    public void Should_plan_degenerative_findings_only_where_finger_joints_are_drawn()
    {
        // Given a large plan of every body part
        var options = SyntheticDataSets.Tiny(seed: 4) with { TrainStudies = 600, ValidStudies = 0, AbnormalPrevalence = 0.9 };

        // When its findings are grouped by body part
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed));

        // Then degenerative findings occur in hand and finger studies and nowhere else
        var degenerativeParts = plans.Where(p => p.Finding == Anatomy.FindingKind.Degenerative).Select(p => p.BodyPart).Distinct().Order().ToList();
        Assert.Equal(["XR_FINGER", "XR_HAND"], degenerativeParts);
    }
}
