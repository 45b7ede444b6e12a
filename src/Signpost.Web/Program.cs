using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(CommandLineVerbs.ConfigurationArguments(args));
builder.AddSignpostStore();
builder.AddSignpostSite();

var app = builder.Build();
app.UseSignpostSite();
app.MapSignpostSite();

return await app.RunOrExecuteCommandAsync(args);

public partial class Program;
