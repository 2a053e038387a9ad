using CsCheck;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Boxes;

public sealed class BoxFileTests
{
    // Paths with commas, quotes and spaces inside; scores absent or in [0, 1].
    private static readonly Gen<LabelBox> Boxes =
        Gen.Select(Gen.String[Gen.Char["ab/_ ,\"é1"], 1, 12], Gen.Int[-50, 600], Gen.Int[-50, 600], Gen.Int[1, 200], Gen.Int[1, 200],
                Gen.Int[0, 3], Gen.Double[0, 1])
            .Select((path, x, y, width, height, kind, score) =>
                new LabelBox(ImagePaths.Canonical("MURA/" + path.Trim() + ".png"), x, y, width, height, LabelKinds.All[kind], kind == 0 ? null : score));

    [Fact]
    public void Should_round_trip_boxes_through_csv_and_coco()
    {
        Boxes.Array[0, 8].Sample(boxes =>
        {
            // Given boxes, When written as CSV, read, written as COCO and read again
            var csv = new StringWriter();
            BoxCsvFile.Write(csv, boxes);
            var fromCsv = BoxCsvFile.Read(new StringReader(csv.ToString()), "t.csv");
            var fromCoco = CocoBoxFile.ReadText(CocoBoxFile.WriteText(fromCsv), "t.json");

            // Then every box survives unchanged, in order (scores are compared only when some box has one)
            Assert.Equal(boxes, fromCsv);
            Assert.Equal(boxes, fromCoco);
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_name_the_line_and_the_fix_for_a_bad_row()
    {
        string text = "path,x,y,width,height,kind\na.png,1,2,3,4,laterality\nb.png,1,2,0,4,laterality\n";
        var problem = Assert.Throws<RadAuditException>(() => BoxCsvFile.Read(new StringReader(text), "boxes.csv"));
        Assert.Contains("boxes.csv line 3", problem.Message);
        Assert.Contains("positive", problem.Message);
        problem = Assert.Throws<RadAuditException>(() => BoxCsvFile.Read(new StringReader("path,x,y,width,height\n"), "boxes.csv"));
        Assert.Contains("kind", problem.Message);
        problem = Assert.Throws<RadAuditException>(() => BoxCsvFile.Read(new StringReader("path,x,y,width,height,kind\na,1,1,1,1,arrow\n"), "boxes.csv"));
        Assert.Contains("arrow", problem.Message);
    }

    [Fact]
    public void Should_read_coco_from_other_tools_by_category_name_and_round_float_boxes_outward()
    {
        // Given a COCO export whose categories have other ids and whose box has fractional pixels
        const string json = """
            {"images":[{"id":7,"file_name":"a.png","width":100,"height":80}],
             "categories":[{"id":3,"name":"Initials"}],
             "annotations":[{"id":1,"image_id":7,"category_id":3,"bbox":[10.5,20.2,5.1,4.0]}]}
            """;

        // When read, Then the box is matched by name and grown to whole pixels
        LabelBox box = Assert.Single(CocoBoxFile.ReadText(json, "t.json"));
        Assert.Equal(new LabelBox("a.png", 10, 20, 6, 5, LabelKinds.Initials), box);
    }

    [Theory]
    [InlineData("\"a\"", "t.json annotation #1: bbox x is \"a\" (text), not a number. Export the annotations again, or fix the value.")]
    [InlineData("1e300", "t.json annotation #1: bbox x = 1e300 is outside the range of pixel coordinates (±2147483647). Fix or delete the annotation.")]
    [InlineData("null", "t.json annotation #1: bbox x is null, not a number. Export the annotations again, or fix the value.")]
    public void Should_name_a_coco_bbox_value_that_is_no_pixel_coordinate(string x, string expected)
    {
        // Given a COCO file whose box starts at a string, at a number beyond any image, or at null
        string json = "{\"images\":[{\"id\":1,\"file_name\":\"a.png\"}],\"categories\":[{\"id\":1,\"name\":\"text\"}]," +
                      $"\"annotations\":[{{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[{x},2,3,4]}}]}}";

        // When read, then one message names the annotation, the value and the fix
        var problem = Assert.Throws<RadAuditException>(() => CocoBoxFile.ReadText(json, "t.json"));
        Assert.Equal(expected, problem.Message);
    }

    [Fact]
    public void Should_name_a_coco_id_that_is_no_integer()
    {
        const string json = """{"images":[{"id":"seven","file_name":"a.png"}],"categories":[],"annotations":[]}""";
        var problem = Assert.Throws<RadAuditException>(() => CocoBoxFile.ReadText(json, "t.json"));
        Assert.Equal("t.json: missing or non-integer 'id'.", problem.Message);
    }

    [Fact]
    public void Should_read_box_paths_in_the_spelling_the_data_readers_use()
    {
        var boxes = BoxCsvFile.Read(new StringReader("path,x,y,width,height,kind\n./img//a.png,1,2,3,4,text\n"), "boxes.csv");
        Assert.Equal("img/a.png", Assert.Single(boxes).Path);
    }

    [Fact]
    public void Should_write_files_atomically_and_read_them_back_by_extension()
    {
        using var folder = new TemporaryFolder();
        LabelBox[] boxes = [new("a,b.png", 1, 2, 3, 4, LabelKinds.Text, 0.25)];
        foreach (var (name, format) in new[] { ("b.csv", BoxFileFormat.Csv), ("b.json", BoxFileFormat.Coco) })
        {
            string file = folder.Combine(name);
            BoxFiles.Write(file, boxes, format, _ => (10, 10));
            Assert.Equal(boxes, BoxFiles.Read(file));
            Assert.Single(Directory.GetFiles(folder.Path, name + "*"));
        }
    }
}
