using Claims.Infrastructure.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Users;

/// <summary>Registers the user directory and its migration module "users".</summary>
public static class UsersServices
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddMigrations(UsersMigrations.All);
        services.AddSingleton<UserDirectory>();
        return services;
    }
}
