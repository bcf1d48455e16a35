using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

public partial interface ICustomerService
{
    Task<Address> GetCustomerBillingAddressAsync(Customer customer);
    Task<Customer> GetCustomerByIdAsync(int customerId);
    Task<Address> GetCustomerShippingAddressAsync(Customer customer);
    Task<bool> IsGuestAsync(Customer customer, bool onlyActiveCustomerRoles = true);
}
