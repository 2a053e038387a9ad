using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Boxes;

public sealed class LabelsPresentFileTests
{
    [Fact]
    public void Should_read_the_sidecar_beside_a_box_file_and_nothing_when_there_is_none()
    {
        // Given a box file with a labels-present sidecar (a quoted path with a comma) and one without
        using var folder = new TemporaryFolder();
        string boxes = folder.WriteText("boxes.csv", "path,x,y,width,height,kind\n");
        folder.WriteText("boxes.csv.images.csv", "path,labels_present\na.png,0.25\n\"b, c.png\",1\n");

        // When both are read
        var probabilities = LabelsPresentFile.ReadBeside(boxes);
        var none = LabelsPresentFile.ReadBeside(folder.WriteText("plain.csv", "path,x,y,width,height,kind\n"));

        // Then the probabilities are there by path, and the plain file has none
        Assert.Equal(0.25, probabilities["a.png"]);
        Assert.Equal(1.0, probabilities["b, c.png"]);
        Assert.Empty(none);
    }

    [Fact]
    public void Should_read_back_exactly_what_it_wrote_beside_a_box_file()
    {
        // Given per-image probabilities, one path holding a comma and a quote
        using var folder = new TemporaryFolder();
        string boxes = folder.Combine("boxes.csv");
        (string, double)[] written = [("XR_HAND/a.png", 0.1234), ("odd, \"name\".png", 0.9), ("c.png", 1)];

        // When written as the sidecar and read back
        LabelsPresentFile.Write(LabelsPresentFile.PathFor(boxes), written);
        var read = LabelsPresentFile.ReadBeside(boxes);

        // Then every path has its probability, unchanged
        Assert.Equal(3, read.Count);
        foreach (var (path, probability) in written) Assert.Equal(probability, read[path]);
    }

    [Theory]
    [InlineData("path,probability\na.png,0.5\n", "header must be path,labels_present")]
    [InlineData("path,labels_present\na.png,1.5\n", "line 2")]
    public void Should_refuse_a_bad_sidecar_naming_the_fix(string text, string expected)
    {
        // Given a sidecar with a wrong header or an impossible probability
        // When it is read
        var problem = Assert.Throws<RadAuditException>(() => LabelsPresentFile.Read(new StringReader(text), "boxes.csv.images.csv"));

        // Then the message says where and what
        Assert.Contains(expected, problem.Message);
    }
}
