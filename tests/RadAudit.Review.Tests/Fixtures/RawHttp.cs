using System.Net.Sockets;
using System.Text;

namespace RadAudit.Review.Tests.Fixtures;

/// <summary>
/// Sends one HTTP/1.1 request exactly as written (HttpClient would tidy <c>../</c> away before sending), and
/// returns the status code and body.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(int port, string target, string host = "127.0.0.1")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        await using NetworkStream stream = client.GetStream();
        byte[] request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string response = await reader.ReadToEndAsync();
        int status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        int bodyStart = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : response[(bodyStart + 4)..]);
    }
}
