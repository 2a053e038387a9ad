using RadAudit.Core;
using RadAudit.Synthetic.Realism;

namespace RadAudit.Synthetic.Tests.Realism;

public sealed class MarkerBrightnessTests
{
    [Fact]
    public void Should_draw_mid_grey_letters_below_the_anatomy_s_brightest_pixels()
    {
        // Given a realism whose every letter is mid-grey (no window, no field: the letter's level is what is drawn)
        var renders = RealismRenders.Draw(RealismRenders.Only(r => r with { MidGreyLetterChance = 1 }));
        var relative = new List<float>();
        foreach (var (plan, marked, plain) in renders)
        {
            float anatomyTop = RealismRenders.Quantile(plain.Pixels, 0.999);
            foreach (var element in marked.Markers.Where(m => m.Kind == LabelKinds.Laterality))
            {
                // When the letter's ink is read back where it lies on dark background (over bright anatomy or a
                // plate the letter is lifted to stay visible; a sliver cut by the edge says nothing)
                var ink = RealismRenders.Ink(marked, plain, element);
                if (ink.Count < 5 || RealismRenders.Quantile(RealismRenders.Under(plain, element), 0.9) > 0.2f) continue;
                float letter = RealismRenders.Quantile(ink, 0.95);
                Assert.InRange(letter, 0.2f, 0.8f);
                relative.Add(letter / anatomyTop);
            }
        }

        // Then the letters are mid-grey: typically 0.45–0.75 of the anatomy's brightest, never near white
        Assert.True(relative.Count >= 20, $"only {relative.Count} letters were checked");
        Assert.InRange(RealismRenders.Quantile(relative, 0.5), 0.45f, 0.8f);
        Assert.True(relative.Count(value => value < 0.9f) >= 0.8 * relative.Count, string.Join(", ", relative.Select(value => value.ToString("0.00"))));
    }

    [Fact]
    public void Should_keep_letters_saturated_when_no_dim_or_mid_grey_chance_is_set()
    {
        // Given a realism with default brightness
        var renders = RealismRenders.Draw(new MarkerRealism());

        // When every laterality letter's ink is read back
        var levels = renders.SelectMany(render => render.Marked.Markers.Where(m => m.Kind == LabelKinds.Laterality)
                .Select(element => RealismRenders.Ink(render.Marked, render.Plain, element)))
            .Where(ink => ink.Count >= 5).Select(ink => RealismRenders.Quantile(ink, 0.95)).ToList();

        // Then it is near white, as on the default generator's markers
        Assert.True(levels.Count >= 20);
        Assert.All(levels, level => Assert.True(level >= 0.9f, $"letter at {level:0.00}"));
    }

    [Fact]
    public void Should_saturate_bone_when_the_export_window_is_set_to_the_bone_s_brightness()
    {
        // Given bright-bone exports
        var renders = RealismRenders.Draw(RealismRenders.Only(r => r with { BrightBoneChance = 1, NoMarkerChance = 1 }));

        // Then the anatomy reaches white in every image, as bone in a tightly windowed export does
        Assert.All(renders, render => Assert.True(RealismRenders.Quantile(render.Marked.Image.Pixels, 0.999) >= 0.97f, render.Plan.Path));
    }
}
