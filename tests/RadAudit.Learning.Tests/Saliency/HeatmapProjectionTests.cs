using RadAudit.Imaging;
using RadAudit.Imaging.Geometry;
using RadAudit.Learning.Saliency;

namespace RadAudit.Learning.Tests.Saliency;

public sealed class HeatmapProjectionTests
{
    [Fact]
    public void Should_return_the_same_map_for_an_identity_geometry()
    {
        // Given a 3 × 2 map and a geometry that neither scales nor pads
        var map = new GrayImage(3, 2, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f]);
        var identity = new ResizeGeometry(3, 2, 3, 2, 1f, 0f, 0f);

        // When projected back
        GrayImage source = HeatmapProjection.ToSource(map, identity);

        // Then every value is unchanged
        GradientCamTests.AssertClose(map.Pixels, source.Pixels);
    }

    [Fact]
    public void Should_undo_letterbox_padding_and_scale()
    {
        // Given a 4 × 2 source letterboxed into 8 × 8 (scale 2, 2 rows of padding above and below),
        // and an input map whose value is its column index (padding rows hold 9, which must never be read)
        var geometry = ResizeGeometry.Letterbox(4, 2, 8, 8);
        var map = new GrayImage(8, 8);
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++)
                map[x, y] = y is < 2 or >= 6 ? 9f : x;

        // When projected back to 4 × 2
        GrayImage source = HeatmapProjection.ToSource(map, geometry);

        // Then source column x (centre x + ½) lands at input x' = 2x + 1 → sampled between columns 2x and 2x + 1: 2x + ½
        Assert.Equal((4, 2), (source.Width, source.Height));
        for (int y = 0; y < 2; y++)
            for (int x = 0; x < 4; x++)
                Assert.Equal(2 * x + 0.5f, source[x, y], 5);
    }

    [Fact]
    public void Should_sample_between_input_pixels_when_the_source_is_larger()
    {
        // Given an 8 × 1 source shrunk into a 4 × 1 input (scale ½), input values 0, 1, 2, 3
        var geometry = new ResizeGeometry(8, 1, 4, 1, 0.5f, 0f, 0f);
        var map = new GrayImage(4, 1, [0f, 1f, 2f, 3f]);

        // When projected back
        GrayImage source = HeatmapProjection.ToSource(map, geometry);

        // Then source x maps to input (x + ½)/2 − ½, clamped at the ends: 0, 0.25, 0.75, 1.25, ..., 3
        GradientCamTests.AssertClose([0f, 0.25f, 0.75f, 1.25f, 1.75f, 2.25f, 2.75f, 3f], source.Pixels);
    }

    [Fact]
    public void Should_reject_a_map_that_is_not_the_geometry_target()
    {
        var geometry = ResizeGeometry.Letterbox(4, 2, 8, 8);
        Assert.Throws<ArgumentException>(() => HeatmapProjection.ToSource(new GrayImage(4, 4), geometry));
    }
}
