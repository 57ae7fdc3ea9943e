// the same fields a buyer executive may change on the storefront
export { UpdateEmployee } from "../../../store/b2b/employees/validators"
