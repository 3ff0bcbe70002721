// The pages' one way to ask the background; it lives in utils/ because the popup asks too.
export { sendRequest } from '@/utils/request';
