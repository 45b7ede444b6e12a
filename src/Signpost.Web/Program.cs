using Signpost.Web.Features.Search;
using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(CommandLineVerbs.ConfigurationArguments(args));
builder.AddSignpostStore();
builder.AddSignpostSearch();
builder.AddSignpostSite();

var app = builder.Build();
app.UseSignpostSite();
app.MapSignpostSite();

return await app.RunOrExecuteCommandAsync(args);

public partial class Program;
