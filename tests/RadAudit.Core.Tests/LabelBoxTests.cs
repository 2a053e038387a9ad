namespace RadAudit.Core.Tests;

public sealed class LabelBoxTests
{
    [Fact]
    public void Should_derive_edges_and_area_from_position_and_size()
    {
        var box = new LabelBox("a.png", X: 10, Y: 20, Width: 30, Height: 5, LabelKinds.Laterality);
        Assert.Equal(40, box.Right);
        Assert.Equal(25, box.Bottom);
        Assert.Equal(150, box.Area);
    }

    [Fact]
    public void Should_recognise_exactly_the_seven_mura_body_parts()
    {
        Assert.Equal(7, BodyParts.Mura.Count);
        Assert.True(BodyParts.IsMura("XR_WRIST"));
        Assert.False(BodyParts.IsMura("XR_CHEST"));
        Assert.False(BodyParts.IsMura("xr_wrist"));
    }
}
