using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Boxes;

public sealed class MimicsFileTests
{
    [Fact]
    public void Should_read_the_boxes_of_one_kind_with_paths_that_hold_commas()
    {
        // Given a mimics.csv with hardware, a cast and a path holding a comma
        using var folder = new TemporaryFolder();
        string file = folder.WriteText("mimics.csv", "path,x,y,width,height,kind\na.png,1,2,3,4,hardware\nb, c.png,5,6,7,8,hardware\na.png,0,0,9,9,cast\n");

        // When its hardware is read
        var hardware = MimicsFile.Read(file, "hardware");

        // Then both hardware boxes come back, as kind other, and the cast does not
        Assert.Equal([new LabelBox("a.png", 1, 2, 3, 4, LabelKinds.Other), new LabelBox("b, c.png", 5, 6, 7, 8, LabelKinds.Other)], hardware);
    }

    [Fact]
    public void Should_name_the_file_and_line_of_a_malformed_row()
    {
        // Given a row whose width is not a whole number
        using var folder = new TemporaryFolder();
        string file = folder.WriteText("mimics.csv", "path,x,y,width,height,kind\na.png,1,2,3.5,4,hardware\n");

        // When read, then the error names the file, the line and what is wrong
        var problem = Assert.Throws<RadAuditException>(() => MimicsFile.Read(file, "hardware"));
        Assert.Contains("mimics.csv line 2", problem.Message);
        Assert.Contains("whole numbers", problem.Message);
    }
}
