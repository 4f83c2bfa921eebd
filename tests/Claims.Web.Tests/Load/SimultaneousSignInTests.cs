using System.Net;
using System.Net.Http.Json;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Load;

/// <summary>A team opening the app at nine: many sign-ins at the same moment, all to the same account among them.</summary>
public sealed class SimultaneousSignInTests : IClassFixture<ClaimsWebApp>
{
    private readonly ClaimsWebApp app;

    public SimultaneousSignInTests(ClaimsWebApp app) => this.app = app;

    [Fact]
    public async Task sixteen_clients_signing_in_at_once_all_get_in_and_see_the_work_queue()
    {
        var clients = Enumerable.Range(0, 16).Select(_ => app.Anonymous()).ToList();

        // Bounded: before the fix some of these sign-ins never answered (a pooled connection left mid-command).
        var answers = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostAsJsonAsync("/api/signin", new { name = Users.Roles.AfterSales, password = ClaimsWebApp.Password }))))
            .WaitAsync(TimeSpan.FromSeconds(60));
        var queues = await Task.WhenAll(clients.Select(c => c.GetAsync(new Uri("/queue", UriKind.Relative)))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(queues, q => Assert.Equal(HttpStatusCode.OK, q.StatusCode));
        foreach (var client in clients)
            client.Dispose();
    }
}
