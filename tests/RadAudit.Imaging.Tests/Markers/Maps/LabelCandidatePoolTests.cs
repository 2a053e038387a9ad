using RadAudit.Imaging.Geometry;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class LabelCandidatePoolTests
{
    // A dark 64 × 64 source with a letter block (x 10–19, y 10–24) above an initials block (x 8–27, y 28–33), and a map
    // (32-px input, stride 2: one cell = 4 source px) that calls both one laterality region at 0.6.
    private static (LabelProbabilityMap Map, GrayImage Image) LetterAndInitialsAsOneRegion()
    {
        GrayImage image = LabelTestImages.LetterAboveInitials(64);
        var probabilities = new float[LabelTestImages.Kinds.Length * 16 * 16];
        for (int y = 2; y <= 8; y++)
            for (int x = 2; x <= 6; x++) probabilities[y * 16 + x] = 0.6f;
        return (new LabelProbabilityMap(16, 16, LabelTestImages.Kinds, probabilities, ResizeGeometry.Letterbox(64, 64, 32, 32), 2), image);
    }

    [Fact]
    public void Should_offer_the_joint_box_and_its_two_parts_once_each_with_every_feature()
    {
        // Given the joint region (found at levels 0.15, 0.3 and 0.5; nothing reaches 0.7)
        var (map, image) = LetterAndInitialsAsOneRegion();

        // When the candidates are pooled
        var candidates = LabelCandidatePool.Find(map, image, "a.png");

        // Then there are three: the joint box snapped to both blocks' ink, and the letter and the initials split off it
        Assert.Equal([(7, 9, 22, 26), (9, 9, 12, 17), (7, 27, 22, 8)], candidates.Select(c => (c.Box.X, c.Box.Y, c.Box.Width, c.Box.Height)).ToArray());
        Assert.All(candidates, c => Assert.Equal(LabelCandidateFeatures.Names.Count, c.Features.Length));
        int Feature(string name) => LabelCandidateFeatures.Names.ToList().IndexOf(name);
        Assert.Equal([0.0, 1.0, 1.0], candidates.Select(c => c.Features[Feature("origin")]).ToArray());
        Assert.Equal(0.15, candidates[0].Features[Feature("level")], 6);
        Assert.Equal(3, candidates[0].Features[Feature("levels_found")]);
        Assert.Equal(0.6, candidates[0].Features[Feature("region_mean")], 6);
        Assert.True(candidates[0].Features[Feature("ink_gap")] > 0);
        Assert.Equal(0, candidates[1].Features[Feature("ink_gap")]);
    }

    [Fact]
    public void Should_offer_nothing_for_an_empty_map()
    {
        var (_, image) = LetterAndInitialsAsOneRegion();
        var map = new LabelProbabilityMap(16, 16, LabelTestImages.Kinds, new float[LabelTestImages.Kinds.Length * 16 * 16], ResizeGeometry.Letterbox(64, 64, 32, 32), 2);
        Assert.Empty(LabelCandidatePool.Find(map, image, "a.png"));
    }
}
