using RadAudit.Core;
using RadAudit.Imaging.Overlay;

namespace RadAudit.Imaging.Tests.Overlay;

public sealed class SaliencyOverlayTests
{
    [Fact]
    public void Should_keep_the_radiograph_where_there_is_no_heat_and_blend_the_colour_where_there_is()
    {
        // Given a mid-gray 4 × 4 radiograph, heat 1 at (3, 0) only
        var radiograph = new GrayImage(4, 4, Enumerable.Repeat(0.5f, 16).ToArray());
        var heat = new GrayImage(4, 4);
        heat[3, 0] = 1f;

        // When rendered with viridis at 60% opacity and no boxes
        RgbImage overlay = new SaliencyOverlay().Render(radiograph, heat, []);

        // Then cold pixels stay gray (127.5 → 128) and the hot one is 0.4 · 127.5 + 0.6 · viridis(1) = (253, 231, 37)
        Assert.Equal(((byte)128, (byte)128, (byte)128), overlay.Get(0, 0));
        var (red, green, blue) = ColorMap.Viridis.Color(1f);
        Assert.Equal((red, green, blue), ((byte)253, (byte)231, (byte)37));
        Assert.Equal(((byte)Math.Round(0.4 * 127.5 + 0.6 * 253), (byte)Math.Round(0.4 * 127.5 + 0.6 * 231), (byte)Math.Round(0.4 * 127.5 + 0.6 * 37)),
            overlay.Get(3, 0));
    }

    [Fact]
    public void Should_outline_label_boxes_without_filling_them()
    {
        // Given a black 8 × 8 image and a 4 × 4 box at (2, 2)
        var radiograph = new GrayImage(8, 8);
        var box = new LabelBox("a.png", 2, 2, 4, 4, LabelKinds.Laterality);

        // When rendered with a 1-pixel outline
        RgbImage overlay = new SaliencyOverlay { OutlineWidth = 1 }.Render(radiograph, new GrayImage(8, 8), [box]);

        // Then the box edge is magenta, its inside and outside stay black
        var magenta = ((byte)255, (byte)0, (byte)255);
        var black = ((byte)0, (byte)0, (byte)0);
        Assert.Equal(magenta, overlay.Get(2, 2));
        Assert.Equal(magenta, overlay.Get(5, 3));
        Assert.Equal(black, overlay.Get(3, 3));
        Assert.Equal(black, overlay.Get(6, 6));
        Assert.Equal(12, CountPixels(overlay, magenta));
    }

    [Fact]
    public void Should_round_trip_through_png()
    {
        // Given an overlay with a box and some heat
        var radiograph = new GrayImage(5, 3, [.. Enumerable.Range(0, 15).Select(i => i / 15f)]);
        var heat = new GrayImage(5, 3, [.. Enumerable.Range(0, 15).Select(i => (14 - i) / 14f)]);
        RgbImage overlay = new SaliencyOverlay { Colors = ColorMap.Inferno }.Render(radiograph, heat, [new LabelBox("a", 0, 0, 2, 2, LabelKinds.Initials)]);

        // When encoded and decoded
        RgbImage decoded = RgbPngCodec.Decode(RgbPngCodec.Encode(overlay));

        // Then every byte survives
        Assert.Equal(overlay.Bytes, decoded.Bytes);
    }

    [Fact]
    public void Should_make_colour_maps_monotonic_in_lightness()
    {
        // Given both maps, luminance by Rec. 709 weights
        foreach (ColorMap map in new[] { ColorMap.Viridis, ColorMap.Inferno })
        {
            double previous = -1;
            for (int i = 0; i <= 255; i += 5)
            {
                var (red, green, blue) = map.Color(i / 255f);
                double luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;

                // Then luminance never falls by more than rounding
                Assert.True(luminance >= previous - 1.0, $"{map.Name} at {i}: {luminance} after {previous}");
                previous = luminance;
            }
        }
    }

    [Fact]
    public void Should_reject_a_heatmap_of_another_size()
    {
        Assert.Throws<ArgumentException>(() => new SaliencyOverlay().Render(new GrayImage(4, 4), new GrayImage(2, 2), []));
    }

    private static int CountPixels(RgbImage image, (byte, byte, byte) color)
    {
        int count = 0;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (image.Get(x, y) == color) count++;
        return count;
    }
}
