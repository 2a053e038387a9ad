namespace RadAudit.Core.Tests;

public sealed class ImagePathsTests
{
    [Theory]
    [InlineData("img/x.png", "img/x.png")]
    [InlineData("img/./x.png", "img/x.png")]
    [InlineData("img//x.png", "img/x.png")]
    [InlineData("./img/x.png", "img/x.png")]
    [InlineData("img\\sub\\x.png", "img/sub/x.png")]
    [InlineData(".//img/././/x.png", "img/x.png")]
    public void Should_spell_one_file_one_way(string path, string canonical) =>
        Assert.Equal(canonical, ImagePaths.Canonical(path));

    [Theory]
    [InlineData("../outside.png", "../outside.png")]
    [InlineData("img/./../../x.png", "img/../../x.png")]
    [InlineData("/etc//passwd", "/etc/passwd")]
    public void Should_keep_what_the_path_check_refuses(string path, string canonical) =>
        Assert.Equal(canonical, ImagePaths.Canonical(path));
}
