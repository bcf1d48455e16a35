using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Factories;

public partial interface ILocalizedModelFactory
{
    Task<IList<T>> PrepareLocalizedModelsAsync<T>(Func<T, int, Task> configure = null) where T : ILocalizedLocaleModel;
}
