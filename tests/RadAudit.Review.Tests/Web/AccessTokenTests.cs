using RadAudit.Review.Web;

namespace RadAudit.Review.Tests.Web;

public sealed class AccessTokenTests
{
    [Fact]
    public void Should_make_a_fresh_128_bit_hex_token_each_time()
    {
        // Given two tokens
        var first = AccessToken.Create();
        var second = AccessToken.Create();

        // Then each is 32 lower-case hex digits (128 bits) and they differ
        Assert.Matches("^[0-9a-f]{32}$", first.Value);
        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public void Should_match_only_itself()
    {
        // Given a token
        var token = AccessToken.Create();

        // Then it matches its own value and nothing else: no token, empty, a prefix, a longer string, another case, another token
        Assert.True(token.Matches(token.Value));
        Assert.False(token.Matches(null));
        Assert.False(token.Matches(""));
        Assert.False(token.Matches(token.Value[..31]));
        Assert.False(token.Matches(token.Value + "0"));
        Assert.False(token.Matches(token.Value.ToUpperInvariant()));
        Assert.False(token.Matches(AccessToken.Create().Value));
    }
}
