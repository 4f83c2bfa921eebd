using System.Net.Http.Json;
using System.Net;
using Npgsql;

namespace Claims.Web.Tests.Hosting;

/// <summary>Runs alone: it times a real start (demo data included), which the in-memory test classes would slow down.</summary>
[CollectionDefinition("first run", DisableParallelization = true)]
public sealed class FirstRunCollection;

/// <summary>The README's run command on a fresh data directory: it serves, and a restart finds the same data.</summary>
[Collection("first run")]
public sealed class FirstRunTests : IDisposable
{
    private readonly string dataDir = NewDataDir();

    // Like a fresh clone: a folder the postgres user can enter (CreateTempSubdirectory makes it 0700, which
    // would send the cluster to /var/lib/claims instead).
    private static string NewDataDir()
    {
        var dir = Directory.CreateTempSubdirectory("claims-web-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        return dir;
    }

    [Fact]
    public async Task the_app_starts_its_own_database_serves_health_and_keeps_the_data_across_a_restart()
    {
        await using (var first = WebAppProcess.Start(dataDir))
        {
            // A bound against a hang, not a speed claim (how long the first start takes is a benchmark's business).
            await first.WaitHealthyAsync(TimeSpan.FromSeconds(120));
            await using var db = await OpenAsync();
            await using (var create = new NpgsqlCommand("create table kept (v text); insert into kept values ('订单 1')", db))
                await create.ExecuteNonQueryAsync();
            using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = first.BaseAddress };
            // Anonymous callers learn only whether it works; a signed-in admin also where the data is.
            var anonymous = await http.GetStringAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal("""{"status":"healthy"}""", anonymous);
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/signin", new { name = "admin", password = "admin-demo-1" })).StatusCode);
            var health = await http.GetStringAsync(new Uri("/health", UriKind.Relative));
            Assert.Contains($"embedded PostgreSQL in {dataDir}", health, StringComparison.Ordinal);
            var signIn = await http.GetStringAsync(new Uri("/signin", UriKind.Relative));
            Assert.Contains("登录", signIn, StringComparison.Ordinal);
            await first.StopAsync();
        }

        await using var second = WebAppProcess.Start(dataDir);
        await second.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        await using var again = await OpenAsync();
        await using var read = new NpgsqlCommand("select v from kept", again);
        Assert.Equal("订单 1", await read.ExecuteScalarAsync());
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        // The embedded cluster listens only on its socket folder (or /tmp/claims-<hash> when that path is too long).
        var socket = Directory.Exists(Path.Combine(dataDir, "sock")) ? Path.Combine(dataDir, "sock") : null;
        Assert.NotNull(socket);
        var connection = new NpgsqlConnection($"Host={socket};Username=postgres;Database=claims;Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
