using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using RadAudit.Review.Tests.Fixtures;

namespace RadAudit.Review.Tests.Web;

[Trait("Category", "Slow")]
public sealed partial class RequestSecurityTests : IAsyncLifetime
{
    private static readonly string[] Routes = ["/", "/assets/review-main.js", "/api/session", "/api/images/0", "/api/thumbnails/0"];

    private RunningReview _review = null!;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync() => _review = await RunningReview.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _review.DisposeAsync();
    }

    private string Token => _review.Server.Token.Value;

    private Task<HttpResponseMessage> GetAsync(string route, string? query = null, string? header = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_review.Base, route + (query is null ? "" : $"?token={query}")));
        if (header is not null) request.Headers.Add("X-RadAudit-Token", header);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Should_refuse_every_route_without_the_token_or_with_a_wrong_one_and_serve_it_with_the_right_one()
    {
        // Given the running review's routes
        string wrong = new('0', 32), other = Token[..31] + (Token[31] == 'a' ? 'b' : 'a');
        foreach (string route in Routes)
        {
            // When each is asked for without a token, with wrong ones (in the query and in the header), and with the right one
            var statuses = new[]
            {
                await GetAsync(route), await GetAsync(route, query: wrong), await GetAsync(route, query: other),
                await GetAsync(route, query: Token + "0"), await GetAsync(route, header: wrong), await GetAsync(route, query: ""),
            }.Select(response => response.StatusCode);
            var right = new[] { await GetAsync(route, query: Token), await GetAsync(route, header: Token) }.Select(response => response.StatusCode);

            // Then only the right token gets through
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
            Assert.All(right, status => Assert.Equal(HttpStatusCode.OK, status));
        }
        var edit = new StringContent("{\"status\":\"no-label\",\"action\":\"no-label\",\"boxes\":[]}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostAsync(new Uri(_review.Base, "/api/images/0/review"), edit)).StatusCode);
        Assert.Equal(0, _review.Session.ReviewedCount);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/assets/../../../../etc/passwd")]
    [InlineData("/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/images/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/images/%2Fetc%2Fpasswd")]
    [InlineData("/api/images//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/api/images/-1")]
    [InlineData("/api/images/12")]
    [InlineData("/api/thumbnails/99999999999")]
    [InlineData("/assets/RadAudit.Review.dll")]
    public async Task Should_refuse_paths_and_indices_outside_the_data_sets_own_list(string target)
    {
        // Given the running review and the right token
        // When a path that tries to leave the page or the data set is sent exactly as written
        var (status, body) = await RawHttp.GetAsync(_review.Server.Port, $"{target}?token={Token}");

        // Then nothing is served (the set has 12 images, indices 0-11) and no file content leaks
        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task Should_refuse_a_request_for_another_host_name_even_with_the_token()
    {
        // Given a page elsewhere whose name was rebound to 127.0.0.1
        // When it asks for the session with the right token but its own Host
        var (status, _) = await RawHttp.GetAsync(_review.Server.Port, $"/api/session?token={Token}", host: "attacker.example");

        // Then it is refused
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Should_listen_on_loopback_only()
    {
        // Given the running review
        // Then Kestrel reports exactly one address, 127.0.0.1 on the review's port
        Assert.Equal([$"http://127.0.0.1:{_review.Server.Port}"], _review.Server.ListeningAddresses);

        // And every other address of this machine refuses a connection on that port
        var others = NetworkInterface.GetAllNetworkInterfaces().SelectMany(network => network.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address).Where(address => !IPAddress.IsLoopback(address) && !address.IsIPv6LinkLocal).ToList();
        foreach (IPAddress address in others.Append(IPAddress.IPv6Loopback))
            await Assert.ThrowsAnyAsync<SocketException>(async () =>
            {
                using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(address, _review.Server.Port)).WaitAsync(TimeSpan.FromSeconds(5));
            });
    }

    [Fact]
    public async Task Should_serve_a_self_contained_page_that_loads_nothing_from_elsewhere()
    {
        // Given the page
        HttpResponseMessage response = await GetAsync("/", query: Token);
        string html = await response.Content.ReadAsStringAsync();

        // Then the browser is told to load only from this server, and every link in the page is one of its own assets
        string policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        var links = LinkPattern().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("/assets/", link));
        Assert.All(links, link => Assert.EndsWith($"?token={Token}", link));
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex LinkPattern();
}
