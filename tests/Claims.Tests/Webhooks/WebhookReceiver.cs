using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Claims.Notifications;
using Claims.Webhooks;

namespace Claims.Tests.Webhooks;

/// <summary>
/// A receiver on 127.0.0.1 (HttpListener) that does what the README tells integrators to: checks each delivery's
/// signature with the shared secret, and takes each delivery id once. It can be told to fail its first requests.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly string secret;
    private readonly Task loop;
    private int failuresLeft;

    public WebhookReceiver(string secret, int failFirst = 0)
    {
        this.secret = secret;
        failuresLeft = failFirst;
        Port = Notifications.SmtpSink.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/hook/");
        listener.Start();
        loop = Task.Run(RunAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook/";

    public int Requests => requests;

    private int requests;

    public int BadSignatures => badSignatures;

    private int badSignatures;

    /// <summary>Deliveries taken, by delivery id, with how many times each came after it was taken.</summary>
    public ConcurrentDictionary<string, JsonElement> Taken { get; } = new();

    public ConcurrentDictionary<string, int> Repeats { get; } = new();

    private async Task RunAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            Interlocked.Increment(ref requests);
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var body = buffer.ToArray();
            if (!WebhookSignature.Verify(secret, body, context.Request.Headers[WebhookSignature.SignatureHeader]))
            {
                Interlocked.Increment(ref badSignatures);
                context.Response.StatusCode = 401;
            }
            else if (Interlocked.Decrement(ref failuresLeft) >= 0)
            {
                context.Response.StatusCode = 500;
            }
            else
            {
                var json = JsonDocument.Parse(body).RootElement.Clone();
                var id = json.GetProperty("id").GetString()!;
                if (!Taken.TryAdd(id, json))
                    Repeats.AddOrUpdate(id, 1, (_, n) => n + 1);
                context.Response.StatusCode = 204;
            }
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try { await loop; } catch (ObjectDisposedException) { }
    }
}
