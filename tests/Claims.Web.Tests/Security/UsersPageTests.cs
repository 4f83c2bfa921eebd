using System.Net;
using System.Net.Http.Json;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Security;

/// <summary>An administrator adds a colleague in the browser, who can then sign in with that role.</summary>
public sealed class UsersPageTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    [Fact]
    public async Task an_added_user_signs_in_with_the_role_given()
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var token = await Forms.TokenAsync(admin, "/users");
        var response = await Forms.PostAsync(admin, "/users", ("__RequestVerificationToken", token),
            ("Name", "王芳"), ("Role", Roles.Finance), ("Password", "fang-secret-9"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signIn = await app.Anonymous().PostAsJsonAsync("/api/signin", new { name = "王芳", password = "fang-secret-9" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("\"finance\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_short_password_is_refused_and_nobody_is_added()
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var token = await Forms.TokenAsync(admin, "/users");
        var response = await Forms.PostAsync(admin, "/users", ("__RequestVerificationToken", token),
            ("Name", "short"), ("Role", Roles.Finance), ("Password", "123"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("<td>short</td>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
