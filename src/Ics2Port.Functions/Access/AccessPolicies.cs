namespace Ics2Port.Functions.Access;

using Microsoft.AspNetCore.Authentication;

/// <summary>What a route requires of its caller; routes declare one with <c>RequireAuthorization(name)</c>.</summary>
public static class AccessPolicies
{
    /// <summary>Any known API key.</summary>
    public const string AnyPrincipal = "any-principal";

    /// <summary>A shipping agent (filing documents and permits).</summary>
    public const string Agent = "agent";

    /// <summary>The port authority (outages, fallback intake).</summary>
    public const string Authority = "authority";

    public static IServiceCollection AddApiKeyAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ApiKeyAuthenticator.FromConfiguration(configuration));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AnyPrincipal, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Agent, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => Principal.IsKind(context.User, PrincipalKind.Agent)))
            .AddPolicy(Authority, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => Principal.IsKind(context.User, PrincipalKind.Authority)));
        return services;
    }
}
