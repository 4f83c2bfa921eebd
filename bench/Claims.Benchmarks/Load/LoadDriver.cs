using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Claims.Benchmarks.Load;

/// <summary>What each kind of request came to: answers by class and latencies.</summary>
public sealed class LoadKind
{
    private readonly ConcurrentBag<double> milliseconds = [];
    private int accepted, refused, failed;

    public int Accepted => accepted;
    public int Refused => refused;
    public int Failed => failed;

    public void Record(int status, double ms)
    {
        milliseconds.Add(ms);
        if (status >= 500)
            Interlocked.Increment(ref failed);
        else if (status >= 400)
            Interlocked.Increment(ref refused);
        else
            Interlocked.Increment(ref accepted);
    }

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public int Count => milliseconds.Count;

    /// <summary>The average answer's size, where the caller measured it.</summary>
    public long AverageBytes { get; set; }
}

/// <summary>The run's tally per kind of request; commands count as accepted only on a 2xx answer.</summary>
public sealed class LoadResult
{
    public static readonly string[] Kinds = ["report", "evidence", "file", "answer", "pay", "queue", "claim page", "claim api", "export"];

    public Dictionary<string, LoadKind> ByKind { get; } = Kinds.ToDictionary(k => k, _ => new LoadKind());
    public List<string> Failures { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public int Requests => ByKind.Values.Sum(k => k.Count);
    public int ServerErrors => ByKind.Values.Sum(k => k.Failed);

    /// <summary>The event each accepted command must have left in the store, by event type.</summary>
    public IReadOnlyDictionary<string, int> ExpectedEvents => new Dictionary<string, int>
    {
        ["IncidentReported"] = ByKind["report"].Accepted,
        ["EvidenceAttached"] = ByKind["evidence"].Accepted,
        ["ClaimFiled"] = ByKind["file"].Accepted,
        ["CarrierAccepted"] = ByKind["answer"].Accepted,
        ["PaymentReceived"] = ByKind["pay"].Accepted,
    };
}

/// <summary>
/// Signed-in clients working as after-sales and finance do, all at once, for a fixed time: reports with photos, filing,
/// answers and payments on the claims they reported, queue and claim pages, the API and exports (issue 8's load test).
/// Only HttpClient: the benchmark drives a real Kestrel process, the CI test the in-memory app.
/// </summary>
public static class LoadDriver
{
    // A 1x1 PNG; each upload adds its own trailing bytes so no two photos share a hash (duplicates are stored once).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly string[] Carriers = ["ZTO", "SF", "YTO", "JD"];

    public static async Task<LoadResult> RunAsync(IReadOnlyList<HttpClient> clients, TimeSpan duration, IReadOnlyList<string> knownClaims, string runTag)
    {
        var result = new LoadResult();
        var pool = new ClaimPool(knownClaims);
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + duration;
        await Task.WhenAll(clients.Select((client, i) => Task.Run(() => ClientAsync(client, i, runTag, pool, result, clock, until))));
        result.Elapsed = clock.Elapsed;
        return result;
    }

    private static async Task ClientAsync(HttpClient http, int index, string runTag, ClaimPool pool, LoadResult result, Stopwatch clock, TimeSpan until)
    {
        var random = new Random(index);
        var mine = new List<OwnClaim>();
        var n = 0;
        while (clock.Elapsed < until)
        {
            var roll = random.Next(100);
            var next = roll switch
            {
                < 20 => "report",
                < 30 => "evidence",
                < 42 => "file",
                < 52 => "answer",
                < 62 => "pay",
                < 75 => "queue",
                < 88 => "claim page",
                < 97 => "claim api",
                _ => "export",
            };
            var target = next switch
            {
                "evidence" or "claim api" => mine.LastOrDefault(),
                "file" => mine.FirstOrDefault(c => c.Stage == 0),
                "answer" => mine.FirstOrDefault(c => c.Stage == 1),
                "pay" => mine.FirstOrDefault(c => c.Stage == 2),
                _ => null,
            };
            if (target is null && next is "evidence" or "file" or "answer" or "pay" or "claim api")
                next = "report";
            if (next == "claim page" && pool.IsEmpty)
                next = "report";
            try
            {
                await StepAsync(http, next, target, mine, pool, random, $"{runTag}-{index}-{++n}", result);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                lock (result.Failures)
                    result.Failures.Add($"{next}: {e.GetType().Name}: {e.Message}");
                result.ByKind[next].Record(599, 0);
            }
        }
    }

    private static async Task StepAsync(HttpClient http, string kind, OwnClaim? claim, List<OwnClaim> mine, ClaimPool pool,
        Random random, string tag, LoadResult result)
    {
        var watch = Stopwatch.StartNew();
        using var response = kind switch
        {
            "report" => await http.PostAsJsonAsync("/api/incidents", new
            {
                carrier = Carriers[random.Next(Carriers.Length)], waybill = "LD" + tag, direction = "forward", incident = "lost",
                incidentOn = DateTime.Today.ToString("yyyy-MM-dd"), goodsValue = "300", freight = "12", weightKg = "1.5",
            }),
            "evidence" => await http.PostAsync(new Uri($"/api/claims/{Uri.EscapeDataString(claim!.Id)}/evidence?fileName=photo-{tag}.png", UriKind.Relative),
                new ByteArrayContent([.. Png, .. System.Text.Encoding.ASCII.GetBytes(tag)]) { Headers = { ContentType = new("application/octet-stream") } }),
            "file" => await http.PostAsJsonAsync($"/api/claims/{Uri.EscapeDataString(claim!.Id)}/file", new { }),
            "answer" => await http.PostAsJsonAsync($"/api/claims/{Uri.EscapeDataString(claim!.Id)}/answer", new { answer = "accept" }),
            "pay" => await http.PostAsJsonAsync($"/api/claims/{Uri.EscapeDataString(claim!.Id)}/pay", new { amount = claim.Amount, reference = "BANK-" + tag }),
            "claim api" => await http.GetAsync(new Uri($"/api/claims/{Uri.EscapeDataString(claim!.Id)}", UriKind.Relative)),
            "queue" => await http.GetAsync(new Uri($"/queue?p={1 + random.Next(5)}", UriKind.Relative)),
            "claim page" => await http.GetAsync(new Uri($"/claims/view?id={Uri.EscapeDataString(pool.Any(random))}", UriKind.Relative)),
            _ => await http.GetAsync(new Uri($"/finance/export.csv?from={DateTime.Today:yyyy-MM-dd}", UriKind.Relative)),
        };
        var body = await response.Content.ReadAsStringAsync();
        // Every request here expects an answer, not a redirect: a 302 (to the sign-in page, say) must not pass for a 2xx.
        var status = (int)response.StatusCode is >= 300 and < 400 ? 400 : (int)response.StatusCode;
        result.ByKind[kind].Record(status, watch.Elapsed.TotalMilliseconds);
        if (status >= 500)
        {
            lock (result.Failures)
                result.Failures.Add($"{kind} {status}: {(body.Length > 300 ? body[..300] : body)}");
            return;
        }
        if (status >= 400)
            return;
        switch (kind)
        {
            case "report":
                var reported = JsonDocument.Parse(body).RootElement;
                var id = reported.GetProperty("id").GetString()!;
                pool.Add(id);
                // A claim waiting for a manual assessment cannot be filed: it stays for photos and views only.
                mine.Add(new OwnClaim(id, reported.GetProperty("status").GetString() == "assessed" ? 0 : 9, AmountOf(reported)));
                break;
            case "file" or "answer":
                claim!.Stage++;
                break;
            case "pay":
                mine.Remove(claim!);
                break;
        }
    }

    /// <summary>Claim ids any client may view: the store's before the run and every one reported during it.</summary>
    private sealed class ClaimPool(IEnumerable<string> known)
    {
        private readonly List<string> ids = [.. known];

        public bool IsEmpty { get { lock (ids) return ids.Count == 0; } }

        public void Add(string id) { lock (ids) ids.Add(id); }

        public string Any(Random random) { lock (ids) return ids[random.Next(ids.Count)]; }
    }

    private static string AmountOf(JsonElement claim) =>
        claim.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number ? amount.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : "1";

    private sealed class OwnClaim(string id, int stage, string amount)
    {
        public string Id { get; } = id;
        public int Stage { get; set; } = stage;
        public string Amount { get; } = amount;
    }
}
