using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Account.Passwords;
using Signpost.Web.Features.Editor.Audit;
using Signpost.Web.Features.Editor.Users;
using Signpost.Web.Infrastructure.Audit;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Account;

public static class AccountRegistration
{
    public const string CookieName = "signpost-editor";

    /// <summary>Sign-in for the editor back office: Identity cookies, two-factor, mail, audit. The public site stays cookie-free.</summary>
    public static WebApplicationBuilder AddSignpostAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Identity core (store, roles, basic password options) is registered with the store so the
        // create-user verb has it; sign-in, two-factor and our password rules are added here.
        services.Configure<IdentityOptions>(options =>
        {
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Lockout.AllowedForNewUsers = true;
            options.SignIn.RequireConfirmedAccount = false;
        });
        new IdentityBuilder(typeof(SignpostUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SignpostClaimsPrincipalFactory>()
            .AddPasswordValidator<SignpostPasswordValidator>()
            .AddTokenProvider<AuthenticatorTokenProvider<SignpostUser>>(TokenOptions.DefaultAuthenticatorProvider);
        // A factory, not a type: DI would otherwise pick the constructor taking IEnumerable<string> and inject an empty list.
        services.AddSingleton(_ => new CommonPasswords());

        // Identity's own validator counts character classes and would repeat the length message; ours replaces it.
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IPasswordValidator<SignpostUser>) && d.ImplementationType == typeof(PasswordValidator<SignpostUser>)).ToList())
        {
            services.Remove(descriptor);
        }

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.IsEssential = true;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // Between the password and the code, Identity remembers who is signing in in a short-lived cookie of its own.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = "signpost-two-factor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        // Short, so "sign out everywhere", a disabled account or a role change reaches other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "signpost-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddSingleton<IAuthorizationHandler, AdministratorTwoFactorRequirement>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.EditorArea, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(Roles.All)
                .AddRequirements(new AdministratorTwoFactorRequirement()))
            .AddPolicy(Policies.Administrator, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Administrator)
                .AddRequirements(new AdministratorTwoFactorRequirement()))
            .AddPolicy(Policies.Participation, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(Roles.ParticipationOfficer, Roles.Administrator)
                .AddRequirements(new AdministratorTwoFactorRequirement()));

        // Not hidden links: every page under /editor refuses anyone outside the editor area.
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", Policies.EditorArea);
            options.Conventions.AuthorizeFolder("/Participation", Policies.Participation);
        });

        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AuditRetention>();
        services.AddHostedService<AuditRetentionService>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<UserQueries>();

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        builder.AddSignpostMail();
        return builder;
    }
}
