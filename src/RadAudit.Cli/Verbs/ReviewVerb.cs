using System.CommandLine;
using System.Net;
using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Review;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit review`: a local browser page to check and correct label boxes, image by image.</summary>
public static class ReviewVerb
{
    private static readonly Option<string?> DataOption = new("--data") { Description = "MURA folder or manifest whose images the boxes belong to." };
    private static readonly Option<string?> ImagesOption = new("--images") { Description = "A plain folder of PNG/JPEG images instead of --data." };
    private static readonly Option<string> BoxesOption = new("--boxes") { Description = "Boxes to review (CSV or COCO JSON), e.g. from radaudit markers detect.", Required = true };
    private static readonly Option<string?> OutOption = new("--out")
    {
        Description = "Reviewed boxes to write (CSV, or COCO JSON for a .json name); default: beside --boxes, named NAME.reviewed.EXT. " +
                      "Its journal (OUT.journal.jsonl) records every edit; rerunning with the same --out resumes.",
    };
    private static readonly Option<int> PortOption = new("--port") { Description = "Port on 127.0.0.1 (default: a free one).", DefaultValueFactory = _ => 0 };
    private static readonly Option<bool> NoBrowserOption = new("--no-browser") { Description = "Only print the address; do not open a browser." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("review",
            "Review and correct label boxes in the browser: a local page on 127.0.0.1 (token in the printed URL), every edit saved at once; Ctrl-C stops.");
        foreach (Option option in new Option[] { DataOption, ImagesOption, BoxesOption, OutOption, PortOption, NoBrowserOption })
            command.Options.Add(option);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        string? data = parse.GetValue(DataOption), images = parse.GetValue(ImagesOption);
        if ((data is null) == (images is null))
            throw new RadAuditException("review needs exactly one of --data DIR (MURA folder or manifest) or --images DIR.", 2);
        int port = parse.GetValue(PortOption);
        if (port is < 0 or > IPEndPoint.MaxPort)
            throw new RadAuditException($"--port {port} is not a port; use 1-{IPEndPoint.MaxPort}, or leave it out for a free one.", 2);
        string boxes = parse.GetValue(BoxesOption)!;
        ImageDataSet set = data is not null ? DataSetOpener.Open(data) : DataSetOpener.OpenImageFolder(images!);
        await ReviewRun.RunAsync(set, boxes, parse.GetValue(OutOption) ?? DefaultOut(boxes), port, !parse.GetValue(NoBrowserOption),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation);
        return CommandLineApp.Success;
    }

    /// <summary><c>dir/boxes.csv</c> → <c>dir/boxes.reviewed.csv</c> (same format as the input).</summary>
    private static string DefaultOut(string boxes)
    {
        string extension = Path.GetExtension(boxes) is { Length: > 0 } given ? given : ".csv";
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(boxes))!, Path.GetFileNameWithoutExtension(boxes) + ".reviewed" + extension);
    }
}
