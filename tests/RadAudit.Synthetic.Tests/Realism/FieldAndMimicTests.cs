using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Realism;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests.Realism;

public sealed class FieldAndMimicTests
{
    [Fact]
    public void Should_draw_rotated_fields_with_a_dark_grey_outside_and_bright_edges()
    {
        // Given fields that are always rotated with a bright edge
        var realism = RealismRenders.Only(r => r with { RotatedFieldChance = 1, BrightEdgeChance = 1 });
        var field = CollimationField.Draw(400, 300, realism, new DeterministicRandom(5));

        // Then no edge is axis-aligned, the outside is dark grey, and the edge line is bright
        Assert.Equal(4, field.Corners.Count);
        for (int k = 0; k < 4; k++)
        {
            PointF2 edge = field.Corners[(k + 1) % 4] - field.Corners[k];
            double degrees = Math.Abs(Math.Atan2(edge.Y, edge.X) * 180 / Math.PI) % 90;
            Assert.InRange(degrees, 2.9, 87.1);
        }
        Assert.InRange(field.OutsideLevel, 0.04f, 0.3f);
        Assert.True(field.EdgeBrightness >= 0.45f);
        var image = new Imaging.GrayImage(400, 300);
        field.Apply(image);
        Assert.Equal(field.OutsideLevel, image[0, 0], 3);
        Assert.True(image.Pixels.Max() >= field.EdgeBrightness * 0.9f);
    }

    [Fact]
    public void Should_draw_oblique_fields_whose_edges_are_not_parallel()
    {
        // Given an oblique field
        var field = CollimationField.Draw(400, 300, RealismRenders.Only(r => r with { ObliqueFieldChance = 1 }), new DeterministicRandom(9));

        // Then opposite edges differ in direction
        PointF2 top = field.Corners[1] - field.Corners[0], bottom = field.Corners[2] - field.Corners[3];
        Assert.True(Math.Abs(Math.Atan2(top.Y, top.X) - Math.Atan2(bottom.Y, bottom.X)) > 0.001);
    }

    [Fact]
    public void Should_record_hardware_in_mimics_csv_and_never_in_markers_csv()
    {
        // Given a set whose images carry plates and screws and no marker
        using var folder = new TemporaryFolder();
        var realism = RealismRenders.Only(r => r with { NoMarkerChance = 1, PlateChance = 1, ScrewChance = 1 });
        var summary = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(31) with { MaxSize = 192, MarkerRealism = realism });

        // When both files are read
        var markers = SyntheticDataSets.ReadMarkers(summary.Root);
        var mimics = File.ReadLines(Path.Combine(summary.Root, "mimics.csv")).Skip(1).Select(line => line.Split(',')).ToList();

        // Then no label is boxed, hardware is recorded, and it is bright metal in the image
        Assert.Empty(markers);
        var hardware = mimics.Where(cells => cells[5] == MimicKinds.Hardware).ToList();
        Assert.True(hardware.Count >= 20, $"{hardware.Count} hardware boxes");
        int bright = hardware.Count(cells => BrightestIn(summary.Root, cells) >= 0.85f);
        Assert.True(bright >= hardware.Count / 2, $"{bright} of {hardware.Count} hardware boxes hold bright metal");
    }

    [Fact]
    public void Should_not_write_mimics_csv_for_the_default_generator()
    {
        // Given a default set
        using var folder = new TemporaryFolder();
        var summary = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(3));

        // Then the sidecar is absent (the default output is unchanged)
        Assert.False(File.Exists(Path.Combine(summary.Root, "mimics.csv")));
    }

    private static float BrightestIn(string root, string[] cells)
    {
        var image = Imaging.ImageCodec.Decode(Path.Combine(root, cells[0]));
        int x0 = int.Parse(cells[1]), y0 = int.Parse(cells[2]), width = int.Parse(cells[3]), height = int.Parse(cells[4]);
        float brightest = 0;
        for (int y = y0; y < y0 + height; y++)
            for (int x = x0; x < x0 + width; x++)
                brightest = Math.Max(brightest, image[x, y]);
        return brightest;
    }
}
