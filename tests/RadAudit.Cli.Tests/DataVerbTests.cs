using System.Text.Json;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests;

public sealed class DataVerbTests
{
    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    private static string Manifest(TemporaryFolder folder)
    {
        var image = new GrayImage(6, 4);
        folder.WriteBytes("good.png", ImageCodec.EncodeGrayPng(image));
        folder.WriteBytes("zero.png", []);
        return folder.WriteText("manifest.csv", "path,label,patient,split\ngood.png,1,p1,train\nzero.png,0,p2,train\nmissing.png,0,p3,valid\n");
    }

    [Fact]
    public void Should_list_every_problem_and_exit_1()
    {
        using var folder = new TemporaryFolder();
        var (code, output, _) = Run("data", "check", "--data", Manifest(folder));
        Assert.Equal(1, code);
        Assert.Contains("zero-byte-file zero.png", output);
        Assert.Contains("missing-file missing.png", output);
        Assert.Contains("2 error(s)", output);
    }

    [Fact]
    public void Should_exit_0_with_skip_bad_and_print_parseable_json()
    {
        using var folder = new TemporaryFolder();
        var (code, output, _) = Run("data", "check", "--data", Manifest(folder), "--skip-bad", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("skippedImages").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("images").GetInt32());
    }

    [Fact]
    public void Should_refuse_both_or_neither_of_data_and_images()
    {
        var (code, _, error) = Run("data", "check");
        Assert.Equal(2, code);
        Assert.Contains("--data", error);
    }
}
